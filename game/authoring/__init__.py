"""Drafting a level from a new article (speakers, opinions, contradictions): pure Python, never pygame."""
