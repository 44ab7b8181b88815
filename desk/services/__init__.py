"""The rules of the station, free of Qt. One module per duty.

Every write: takes the acting ``Operator``, validates first, runs in one ``db.atomic()``,
writes an audit row, and either returns the result or raises ``DeskError`` having changed nothing.
"""
