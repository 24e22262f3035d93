"""Alembic environment of the meeting archive.

KKR Desk runs it through ``kkr_desk.store.migrate``, which builds the configuration in
code and hands over an open connection in ``config.attributes["connection"]``. From the
command line it needs only ``script_location`` and ``sqlalchemy.url``, e.g. a scratch ini::

    [alembic]
    script_location = migrations
    sqlalchemy.url = sqlite:////tmp/scratch.sqlite3

    .venv/bin/alembic -c scratch.ini revision --autogenerate --rev-id 0003 -m "what changed"
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, engine_from_config, pool

from kkr_desk.store.models import Base, outside_models

config = context.config
target_metadata = Base.metadata


def _configure(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        # SQLite can hardly ALTER: batch mode copies the table instead.
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        include_name=outside_models,
    )


def run_migrations_offline() -> None:
    """Emit the SQL script (``alembic upgrade --sql``) without a database."""
    context.configure(
        url=config.get_main_option("sqlalchemy.url"),
        target_metadata=target_metadata,
        literal_binds=True,
        dialect_opts={"paramstyle": "named"},
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    """Migrate on the caller's connection, or on one made from ``sqlalchemy.url``."""
    connection = config.attributes.get("connection")
    if connection is not None:
        # The caller owns the transaction (and commits it).
        _configure(connection)
        with context.begin_transaction():
            context.run_migrations()
        return
    if not config.get_main_option("sqlalchemy.url"):
        raise SystemExit("migrations/env.py: set sqlalchemy.url (or pass a connection)")
    engine = engine_from_config(
        config.get_section(config.config_ini_section, {}),
        prefix="sqlalchemy.",
        poolclass=pool.NullPool,
    )
    try:
        with engine.connect() as connection:
            _configure(connection)
            with context.begin_transaction():
                context.run_migrations()
    finally:
        engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
