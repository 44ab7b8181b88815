"""Pieces shared by the tabs: table models, the person picker, printing, small dialogs."""
