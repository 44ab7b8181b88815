"""Station Desk (驿站前台): the front desk of the Lexiang rest station."""

__version__ = "0.1.0"
