"""Demo content for the site shell: organisations and funded projects from the seed texts."""


def load(*, stdout):
    stdout.write("Portal demo content: nothing yet.")
