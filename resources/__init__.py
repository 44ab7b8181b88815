"""The desk's data files (catalogs, translations, the bundled font), installed as ``desk.resources``.

This folder stays at the top of the repository; setup.py ships it inside the package, and
``desk.config.RESOURCES`` finds it in a checkout or an installed copy alike.
"""
