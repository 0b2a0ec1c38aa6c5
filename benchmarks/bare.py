"""The baseline program: pygame-ce opens a 1280x720 window and draws one line of text, then exits.

run.py times it from process start to its first frame (it prints time.monotonic()
once the frame is on screen) and reads its peak memory, to compare Byline with.
"""

from __future__ import annotations

import time

import pygame

pygame.init()
screen = pygame.display.set_mode((1280, 720))
font = pygame.font.Font(None, 32)
screen.fill((246, 241, 231))
screen.blit(font.render("Hello from a bare pygame-ce program", True, (28, 28, 32)), (40, 40))
pygame.display.flip()
print(time.monotonic(), flush=True)
pygame.quit()
