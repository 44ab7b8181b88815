"""The events tab's pieces: lists, the event's page, dialogs, sheets and the paper-sheet entry."""
