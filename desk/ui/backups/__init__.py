"""The window's side of backups: the automatic backups and their state in the status bar, the backup
dialog (folder, what is kept, back up now, restore), restoring from inside the window, and the
damaged-database dialog at start."""
