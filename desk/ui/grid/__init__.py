"""The grid reports tab\x27s pieces: reports list, report page, record dialog, help records, team, overview."""
