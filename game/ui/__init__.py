"""The pygame-ce side of Byline: app loop, scenes, widgets, text layout and input mapping."""

import os

os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")  # no banner on a student's terminal
