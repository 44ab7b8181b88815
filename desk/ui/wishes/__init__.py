"""The wish board tab\x27s pieces: the board, cards, dialogs."""
