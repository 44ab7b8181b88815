"""Pieces of the gifts tab (慰问发放): table models, dialogs, the hand-out panel."""
