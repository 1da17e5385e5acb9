"""api capability."""
