"""Storage: SQLAlchemy models, engines, migrations and dialect-specific queries.

The only package that imports SQLAlchemy's dialect-specific parts; services use the
``Database`` object and the helpers here, never raw SQL of one backend.
"""
