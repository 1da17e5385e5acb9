"""interview capability."""
