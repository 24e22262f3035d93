"""The meeting archive: SQLAlchemy models, the database object, migrations, edit operations."""
