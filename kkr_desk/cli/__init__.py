"""The ``kkr-desk`` command line."""
