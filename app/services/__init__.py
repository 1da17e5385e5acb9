"""Support services and courts: checked data and lookups, no Flask (views live in views.py)."""
