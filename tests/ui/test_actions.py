"""Every raw event the game understands maps to the intended Action, and nothing else does."""

import pygame
import pytest

from game.ui.actions import LINE_PX, TAP_SLOP_PX, Act, Action, InputMapper

WINDOW = (1280, 720)


def actions(event_type: int, **attrs: object) -> list[Action]:
    return InputMapper().to_actions(pygame.event.Event(event_type, **attrs), WINDOW)


def key(k: int) -> list[Action]:
    return actions(pygame.KEYDOWN, key=k, mod=0, unicode="", scancode=0)


def finger(event_type: int, x: float, y: float, dy: float = 0.0, finger_id: int = 0) -> pygame.event.Event:
    return pygame.event.Event(event_type, touch_id=1, finger_id=finger_id, x=x, y=y, dx=0.0, dy=dy, pressure=1.0)


def test_this_is_pygame_ce() -> None:
    assert pygame.IS_CE


@pytest.mark.parametrize(
    ("k", "index"),
    [
        (pygame.K_1, 0),
        (pygame.K_5, 4),
        (pygame.K_9, 8),
        (pygame.K_KP1, 0),
        (pygame.K_KP9, 8),
    ],
)
def test_number_keys_choose_zero_based(k: int, index: int) -> None:
    assert key(k) == [Action(Act.CHOOSE, index=index)]


def test_zero_chooses_nothing() -> None:
    assert key(pygame.K_0) == []


@pytest.mark.parametrize(
    ("k", "expected"),
    [
        (pygame.K_UP, Action(Act.UP)),
        (pygame.K_DOWN, Action(Act.DOWN)),
        (pygame.K_LEFT, Action(Act.LEFT)),
        (pygame.K_RIGHT, Action(Act.RIGHT)),
        (pygame.K_RETURN, Action(Act.CONFIRM)),
        (pygame.K_KP_ENTER, Action(Act.CONFIRM)),
        (pygame.K_SPACE, Action(Act.CONFIRM)),
        (pygame.K_ESCAPE, Action(Act.BACK)),
        (pygame.K_BACKSPACE, Action(Act.BACK)),
        (pygame.K_AC_BACK, Action(Act.BACK)),
        (pygame.K_F11, Action(Act.FULLSCREEN)),
        (pygame.K_PAGEDOWN, Action(Act.SCROLL, amount=10.0)),
        (pygame.K_PAGEUP, Action(Act.SCROLL, amount=-10.0)),
        (pygame.K_END, Action(Act.SCROLL, amount=1000.0)),
        (pygame.K_HOME, Action(Act.SCROLL, amount=-1000.0)),
    ],
)
def test_keys(k: int, expected: Action) -> None:
    assert key(k) == [expected]


def test_unmapped_key_is_nothing() -> None:
    assert key(pygame.K_q) == []


def test_typed_text() -> None:
    assert actions(pygame.TEXTINPUT, text="é") == [Action(Act.TEXT, text="é")]


def motion(mapper: InputMapper, pos: tuple[int, int]) -> list[Action]:
    event = pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=(0, 0), buttons=(0, 0, 0), touch=False)
    return mapper.to_actions(event, WINDOW)


def test_mouse_hover_points_and_left_release_clicks() -> None:
    mapper = InputMapper()
    motion(mapper, (5, 5))  # where the pointer rested as the window opened
    assert motion(mapper, (10, 20)) == [Action(Act.POINT, pos=(10, 20))]
    assert actions(pygame.MOUSEBUTTONUP, pos=(30, 40), button=1, touch=False) == [Action(Act.CLICK, pos=(30, 40))]


def test_other_mouse_buttons_do_nothing_and_the_left_button_going_down_is_a_press() -> None:
    assert actions(pygame.MOUSEBUTTONUP, pos=(30, 40), button=3, touch=False) == []
    assert actions(pygame.MOUSEBUTTONDOWN, pos=(30, 40), button=3, touch=False) == []
    assert actions(pygame.MOUSEBUTTONDOWN, pos=(30, 40), button=1, touch=False) == [Action(Act.PRESS, pos=(30, 40))]


def test_wheel_up_scrolls_towards_the_start() -> None:
    up = actions(pygame.MOUSEWHEEL, x=0, y=1, precise_x=0.0, precise_y=1.0, flipped=False, touch=False)
    assert up == [Action(Act.SCROLL, amount=-1.0)]
    down = actions(pygame.MOUSEWHEEL, x=0, y=-2, precise_x=0.0, precise_y=-2.0, flipped=False, touch=False)
    assert down == [Action(Act.SCROLL, amount=2.0)]


@pytest.mark.parametrize("event_type", [pygame.MOUSEMOTION, pygame.MOUSEBUTTONUP, pygame.MOUSEWHEEL])
def test_synthetic_mouse_events_from_touch_are_dropped(event_type: int) -> None:
    assert (
        actions(
            event_type,
            pos=(5, 5),
            rel=(0, 0),
            buttons=(1, 0, 0),
            button=1,
            x=0,
            y=1,
            precise_y=1.0,
            touch=True,
        )
        == []
    )


def test_finger_tap_points_then_clicks_in_window_pixels() -> None:
    mapper = InputMapper()
    down = mapper.to_actions(finger(pygame.FINGERDOWN, 0.5, 0.25), WINDOW)
    up = mapper.to_actions(finger(pygame.FINGERUP, 0.5, 0.25), WINDOW)
    assert down == [Action(Act.POINT, pos=(640, 180)), Action(Act.PRESS, pos=(640, 180))]
    assert up == [Action(Act.CLICK, pos=(640, 180))]


def test_finger_drag_up_scrolls_down_by_pixels_over_line_px() -> None:
    mapper = InputMapper()
    mapper.to_actions(finger(pygame.FINGERDOWN, 0.5, 0.5), WINDOW)
    moved = mapper.to_actions(finger(pygame.FINGERMOTION, 0.5, 0.5 - 0.125, dy=-0.125), WINDOW)
    assert moved == [Action(Act.SCROLL, amount=0.125 * 720 / LINE_PX)]
    assert moved[0].amount > 0


def test_lifting_a_finger_after_a_drag_is_no_click() -> None:
    mapper = InputMapper()
    mapper.to_actions(finger(pygame.FINGERDOWN, 0.5, 0.5), WINDOW)
    mapper.to_actions(finger(pygame.FINGERMOTION, 0.5, 0.3, dy=-0.2), WINDOW)
    assert mapper.to_actions(finger(pygame.FINGERUP, 0.5, 0.5), WINDOW) == []  # back where it began


def test_a_jittery_tap_still_clicks() -> None:
    mapper = InputMapper()
    jitter = (TAP_SLOP_PX - 1) / 720
    mapper.to_actions(finger(pygame.FINGERDOWN, 0.5, 0.5), WINDOW)
    mapper.to_actions(finger(pygame.FINGERMOTION, 0.5, 0.5 + jitter, dy=jitter), WINDOW)
    assert mapper.to_actions(finger(pygame.FINGERUP, 0.5, 0.5 + jitter), WINDOW)[0].kind is Act.CLICK


def test_fingers_are_tracked_separately() -> None:
    mapper = InputMapper()
    mapper.to_actions(finger(pygame.FINGERDOWN, 0.2, 0.5, finger_id=1), WINDOW)
    mapper.to_actions(finger(pygame.FINGERDOWN, 0.8, 0.5, finger_id=2), WINDOW)
    mapper.to_actions(finger(pygame.FINGERMOTION, 0.2, 0.1, dy=-0.4, finger_id=1), WINDOW)
    assert mapper.to_actions(finger(pygame.FINGERUP, 0.8, 0.5, finger_id=2), WINDOW) == [
        Action(Act.CLICK, pos=(1024, 360))
    ]
    assert mapper.to_actions(finger(pygame.FINGERUP, 0.2, 0.1, finger_id=1), WINDOW) == []


def test_window_events() -> None:
    assert actions(pygame.VIDEORESIZE, size=(800, 600), w=800, h=600) == [Action(Act.RESIZE, pos=(800, 600))]
    assert actions(pygame.WINDOWSIZECHANGED, x=1024, y=768) == [Action(Act.RESIZE, pos=(1024, 768))]
    assert actions(pygame.QUIT) == [Action(Act.QUIT)]
    assert actions(pygame.WINDOWCLOSE) == [Action(Act.QUIT)]


def test_one_close_of_the_window_is_one_quit() -> None:
    """SDL sends WINDOWCLOSE, then QUIT, for one click on the close button (seen under openbox)."""
    mapper = InputMapper()
    close = [pygame.event.Event(pygame.WINDOWCLOSE, window=None), pygame.event.Event(pygame.QUIT)]
    assert [a for e in close for a in mapper.to_actions(e, WINDOW)] == [Action(Act.QUIT)]
    assert [a for e in close for a in mapper.to_actions(e, WINDOW)] == [Action(Act.QUIT)]  # a second close
    assert actions(pygame.WINDOWFOCUSLOST) == [Action(Act.FOCUS_LOST)]


def test_unrelated_events_are_nothing() -> None:
    assert actions(pygame.WINDOWSHOWN) == []
    assert actions(pygame.KEYUP, key=pygame.K_1, mod=0, unicode="1", scancode=0) == []


@pytest.mark.parametrize(
    ("mod", "expected"),
    [
        (pygame.KMOD_LCTRL | pygame.KMOD_LSHIFT, [Action(Act.TEACHER)]),
        (pygame.KMOD_RCTRL | pygame.KMOD_RSHIFT, [Action(Act.TEACHER)]),
        (pygame.KMOD_LCTRL, []),
        (pygame.KMOD_LSHIFT, []),
        (0, []),
    ],
)
def test_teacher_chord_needs_ctrl_and_shift(mod: int, expected: list[Action]) -> None:
    assert actions(pygame.KEYDOWN, key=pygame.K_t, mod=mod, unicode="", scancode=0) == expected


def mouse(mapper: InputMapper, event_type: int, pos: tuple[int, int]) -> list[Action]:
    return mapper.to_actions(pygame.event.Event(event_type, pos=pos, rel=(0, 0), buttons=(1, 0, 0), button=1), WINDOW)


def test_releasing_the_mouse_after_a_drag_is_no_click_and_a_jittery_click_still_clicks() -> None:
    mapper = InputMapper()
    mouse(mapper, pygame.MOUSEBUTTONDOWN, (100, 100))
    mouse(mapper, pygame.MOUSEMOTION, (100, 300))
    assert Act.CLICK not in [a.kind for a in mouse(mapper, pygame.MOUSEBUTTONUP, (100, 100))]  # back where it began
    mouse(mapper, pygame.MOUSEBUTTONDOWN, (100, 100))
    mouse(mapper, pygame.MOUSEMOTION, (100, 100 + int(TAP_SLOP_PX) - 1))
    assert mouse(mapper, pygame.MOUSEBUTTONUP, (100, 100)) == [Action(Act.CLICK, pos=(100, 100))]
