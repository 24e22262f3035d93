"""Plain Python domain types and rules shared by every layer (no Qt, no database)."""
