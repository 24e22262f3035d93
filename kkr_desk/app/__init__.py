"""The use cases, as plain Python (no Qt), used by both the command line and the window:
open an archive, import files, export meetings, apply an edit or undo one. The long ones
tell progress through a callback and can be cancelled (``kkr_desk.domain.cancel``)."""
