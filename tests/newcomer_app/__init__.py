"""A stand-in for a new area of the site: it joins the registries from its AppConfig.ready() alone."""
