"""Interviews: one engine (engine/) and one folder per interview (qualify/, complaint/, action/),
each holding its questions, its wording in French and English, and thin views."""
