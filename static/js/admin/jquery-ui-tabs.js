// A stand-in for jQuery UI's tabs(), the one part of jQuery UI that django-modeltranslation's tabbed admin uses.
// modeltranslation would load jQuery UI from a CDN, which the strict Content-Security-Policy refuses
// (settings.JQUERY_UI_URL points here instead). Supports tabs({active}), tabs("option", "active", n) and
// the "tabsactivate" event, with the ARIA roles of a tab list.
(function ($) {
  "use strict";

  function activate($container, index) {
    var $tabs = $container.children("ul").children("li");
    var $panels = $container.children("div");
    var previous = $container.data("tabsActive");
    $tabs.each(function (position) {
      var selected = position === index;
      $(this).toggleClass("ui-tabs-active ui-state-active", selected);
      $(this).children("a").attr({ "aria-selected": String(selected), tabindex: selected ? "0" : "-1" });
    });
    $panels.each(function (position) {
      $(this).toggleClass("ui-tabs-hide", position !== index).prop("hidden", position !== index);
    });
    $container.data("tabsActive", index);
    if (previous !== undefined && previous !== index) {
      $container.trigger("tabsactivate", [{ newTab: $tabs.eq(index), oldTab: $tabs.eq(previous) }]);
    }
  }

  $.fn.tabs = function (options, name, value) {
    return this.each(function () {
      var $container = $(this);
      if (options === "option") {
        if (name === "active") activate($container, value);
        return;
      }
      var $list = $container.children("ul").addClass("ui-tabs-nav ui-helper-reset ui-helper-clearfix").attr("role", "tablist");
      $container.addClass("ui-tabs ui-widget ui-widget-content ui-corner-all");
      $list.children("li").addClass("ui-state-default ui-corner-top").attr("role", "presentation");
      $list.find("a").each(function () {
        var panelId = $(this).attr("href").slice(1);
        $(this).attr({ role: "tab", "aria-controls": panelId });
      });
      $container.children("div").addClass("ui-tabs-panel ui-widget-content ui-corner-bottom").attr("role", "tabpanel");
      $list.on("click", "a", function (event) {
        event.preventDefault();
        activate($container, $(this).parent().index());
      });
      $list.on("keydown", "a", function (event) {
        var count = $list.children("li").length;
        var step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
        if (!step) return;
        event.preventDefault();
        var next = ($(this).parent().index() + step + count) % count;
        activate($container, next);
        $list.children("li").eq(next).children("a").trigger("focus");
      });
      activate($container, (options && options.active) || 0);
    });
  };
})(window.jQuery || django.jQuery);
