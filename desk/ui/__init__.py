"""The PySide6 face of the desk. Only this package imports Qt."""
