"""Use cases: each public method is one user action and owns its transaction.

Services take plain values and return plain dataclasses; they never import Qt and never
hand ORM objects to callers (those belong to a session that is already closed).
"""
