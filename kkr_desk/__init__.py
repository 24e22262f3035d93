"""KKR Desk: review tool for KKR agendas (dagsordener) and minutes (referater)."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("kkr-desk")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0+unknown"
