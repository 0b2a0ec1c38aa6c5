"""Kiosk policy: its config, the teacher PIN, the daily scoreboard, idle time and the supervisor (no pygame)."""
