"""The real loop, driven by scripted input and a fake clock: no sleeping, no wall clock."""

import warnings
from collections.abc import Callable

import pygame
import pytest

from game.ui import app as app_module
from game.ui.actions import Act, Action
from game.ui.app import SMALLEST_WINDOW, App, open_window, wait_for_events, window_size
from game.ui.clock import FakeClock, RealClock
from game.ui.scene import Scene
from game.ui.settle import SETTLE_SECONDS

RED, GREEN, BLUE = (200, 0, 0), (0, 200, 0), (0, 0, 200)
SETTLE_FRAMES = round(SETTLE_SECONDS * 60) + 1
"""Frames of the fake 60 Hz clock before a screen just shown takes presses (the first, which the new screen was made
in, counts no time)."""
Reaction = Callable[["Tiny", Action], None]


class Tiny(Scene):
    """Fills its area with one colour; records what it was told; reacts as a test says."""

    def __init__(
        self,
        colour: tuple[int, int, int] = RED,
        *,
        opaque: bool = True,
        area: pygame.Rect | None = None,
        animate_for: int = 0,
        reactions: dict[Act, Reaction] | None = None,
    ) -> None:
        self.colour, self.opaque, self.area = colour, opaque, area
        self.animate_for = animate_for
        self.reactions = reactions or {}
        self.seen: list[Action] = []
        self.layouts: list[tuple[int, int]] = []
        self.updates = 0
        self.draws = 0

    def layout(self, size: tuple[int, int]) -> None:
        self.layouts.append(size)

    def handle(self, action: Action) -> None:
        self.seen.append(action)
        if action.kind in self.reactions:
            self.reactions[action.kind](self, action)
        else:
            super().handle(action)

    def update(self, dt: float) -> bool:
        self.updates += 1
        return self.updates <= self.animate_for

    def draw(self, surface: pygame.Surface) -> None:
        self.draws += 1
        surface.fill(self.colour, self.area)


def make_app(screen: pygame.Surface, scene: Scene) -> App:
    return App(screen, scene, FakeClock())


def test_push_pop_replace_take_effect_at_the_end_of_the_frame(screen: pygame.Surface) -> None:
    b, c = Tiny(GREEN), Tiny(BLUE)
    top_during_handle: list[Scene | None] = []

    def push_b(scene: Tiny, action: Action) -> None:
        scene.stack.push(b)
        top_during_handle.append(scene.stack.top)

    a = Tiny(reactions={Act.CONFIRM: push_b, Act.CHOOSE: lambda s, _: s.stack.replace(c)})
    b.reactions = {Act.BACK: lambda s, _: s.stack.pop()}
    app = make_app(screen, a)

    app.run_script([(0, Action(Act.CONFIRM))], max_frames=1)
    assert top_during_handle == [a]
    assert app.stack.scenes == (a, b)

    app.run_script([(SETTLE_FRAMES, Action(Act.BACK))], max_frames=SETTLE_FRAMES + 1)  # once b has been seen
    assert app.stack.scenes == (a,)

    app.run_script([(SETTLE_FRAMES, Action(Act.CHOOSE, index=0))], max_frames=SETTLE_FRAMES + 1)
    assert app.stack.scenes == (c,)
    assert screen.get_at((0, 0))[:3] == BLUE


def test_presses_queued_for_a_screen_never_reach_the_next_and_window_news_does(screen: pygame.Surface) -> None:
    feedback = Tiny(opaque=False)
    question = Tiny(reactions={Act.CLICK: lambda s, _: s.stack.push(feedback)})
    app = make_app(screen, question)
    quit_after = Action(Act.QUIT)
    double_tap = [(0, Action(Act.CLICK, pos=(5, 5))), (0, Action(Act.CLICK, pos=(5, 5))), (0, quit_after)]
    app.run_script(double_tap, max_frames=2)
    assert len(question.seen) == 1
    assert feedback.seen == [quit_after]  # the second click was the old screen's; the close request is the window's


def test_a_click_that_began_on_the_screen_before_is_only_a_point(screen: pygame.Surface) -> None:
    feedback = Tiny(opaque=False)
    question = Tiny(reactions={Act.CONFIRM: lambda s, _: s.stack.push(feedback)})
    app = make_app(screen, question)
    app.run_script(
        [(0, Action(Act.PRESS, pos=(5, 5))), (1, Action(Act.CONFIRM)), (3, Action(Act.CLICK, pos=(5, 5)))], max_frames=4
    )
    assert [a.kind for a in feedback.seen] == [Act.POINT]
    app.run_script([], max_frames=SETTLE_FRAMES)
    app.run_script([(0, Action(Act.PRESS, pos=(5, 5))), (1, Action(Act.CLICK, pos=(5, 5)))], max_frames=2)
    assert [a.kind for a in feedback.seen] == [Act.POINT, Act.PRESS, Act.CLICK]


def test_a_screen_just_shown_takes_presses_only_once_it_can_have_been_seen(screen: pygame.Surface) -> None:
    """After any change of screen, a press (Enter, a number, a click) waits SETTLE_SECONDS: the second press of a
    double press lands on whatever the new screen has there. Hovering, scrolling and the window's news pass."""
    shown = Tiny(GREEN, reactions={Act.BACK: lambda s, _: s.stack.pop()})
    first = Tiny(reactions={Act.CONFIRM: lambda s, _: s.stack.push(shown)})
    app = make_app(screen, first)
    early = [Action(Act.CHOOSE, index=0), Action(Act.CLICK, pos=(5, 5)), Action(Act.CONFIRM)]
    passing = [Action(Act.POINT, pos=(6, 6)), Action(Act.SCROLL, amount=1.0)]
    plan = [(0, Action(Act.CONFIRM)), *[(2 + i, a) for i, a in enumerate(early + passing)]]
    app.run_script([*plan, (SETTLE_FRAMES + 1, Action(Act.CHOOSE, index=1))], max_frames=SETTLE_FRAMES + 2)
    assert shown.seen == [*passing, Action(Act.CHOOSE, index=1)]
    app.run_script([(0, Action(Act.BACK))], max_frames=1)
    assert not app.idle  # the frame loop keeps stepping until presses count again
    app.run_script([(1, Action(Act.CONFIRM))], max_frames=2)
    assert app.stack.top is first  # back on the first screen: Enter does not count yet


def test_an_overlay_is_drawn_over_the_scene_it_covers_and_covered_scenes_are_not(
    screen: pygame.Surface,
) -> None:
    centre = pygame.Rect(540, 260, 200, 200)
    hidden, question = Tiny(GREEN), Tiny(RED)
    overlay = Tiny(BLUE, opaque=False, area=centre)

    def open_question(scene: Tiny, _: Action) -> None:
        scene.stack.push(question)
        scene.stack.push(overlay)

    hidden.reactions = {Act.CONFIRM: open_question}
    app = make_app(screen, hidden)
    app.run_script([(0, Action(Act.CONFIRM))], max_frames=3)

    assert screen.get_at((10, 10))[:3] == RED
    assert screen.get_at(centre.center)[:3] == BLUE
    assert hidden.draws == 0
    assert (question.draws, overlay.draws) == (1, 1)


def test_while_only_an_overlay_changes_the_scene_beneath_is_copied_not_drawn(screen: pygame.Surface) -> None:
    centre = pygame.Rect(540, 260, 200, 200)
    question, overlay = Tiny(RED), Tiny(BLUE, opaque=False, area=centre, animate_for=10)
    question.reactions = {Act.CONFIRM: lambda scene, _: scene.stack.push(overlay)}
    app = make_app(screen, question)
    app.run_script([(0, Action(Act.CONFIRM))], max_frames=20)

    assert (question.draws, overlay.draws) == (1, 11)  # the overlay animated for 10 frames on a copy
    assert screen.get_at((10, 10))[:3] == RED and screen.get_at(centre.center)[:3] == BLUE
    app.step([Action(Act.DOWN)])  # an action may change what is beneath (a callback): drawn again
    question.request_redraw()
    app.step([])
    assert question.draws == 3


def test_idle_frames_do_not_redraw(screen: pygame.Surface) -> None:
    app = make_app(screen, Tiny())
    app.run_script([], max_frames=1)
    assert app.redraws == 1

    app.run_script([], max_frames=100)

    assert app.frames == 101
    assert app.redraws == 1
    assert app.idle


def test_each_action_redraws_once(screen: pygame.Surface) -> None:
    app = make_app(screen, Tiny())
    app.run_script([(5, Action(Act.POINT, pos=(1, 1))), (20, Action(Act.DOWN))], max_frames=50)
    assert app.redraws == 3  # first frame, then one per action


def test_an_animating_scene_redraws_every_frame_until_it_stops(screen: pygame.Surface) -> None:
    scene = Tiny(animate_for=10)
    app = make_app(screen, scene)
    app.run_script([], max_frames=30)
    assert scene.updates == 30
    assert app.redraws == 10
    assert scene.draws == 10


def test_a_redraw_request_from_update_draws_once(screen: pygame.Surface) -> None:
    class Timer(Tiny):
        def update(self, dt: float) -> bool:
            self.updates += 1
            if self.updates == 40:
                self.request_redraw()  # e.g. a countdown reached zero without animating
            return False

    app = make_app(screen, Timer())
    app.run_script([], max_frames=60)
    assert app.redraws == 2


def test_resize_relays_out_every_scene_once_per_new_size(screen: pygame.Surface) -> None:
    bottom, top = Tiny(), Tiny(opaque=False)
    bottom.reactions = {Act.CONFIRM: lambda s, _: s.stack.push(top)}
    app = make_app(screen, bottom)
    resize = Action(Act.RESIZE, pos=(800, 600))
    app.run_script([(1, Action(Act.CONFIRM)), (3, resize), (3, resize), (4, resize)], max_frames=10)

    assert bottom.layouts == [(1280, 720), (800, 600)]
    assert top.layouts == [(1280, 720), (800, 600)]
    assert all(a.kind is not Act.RESIZE for a in bottom.seen + top.seen)
    assert app.redraws == 3  # first frame, the push, the resize


def test_fullscreen_toggles_to_desktop_size_and_back(screen: pygame.Surface) -> None:
    scene = Tiny()
    app = make_app(screen, scene)
    desktop = pygame.display.get_desktop_sizes()[0]

    app.run_script([(0, Action(Act.FULLSCREEN))], max_frames=1)
    assert pygame.display.is_fullscreen()
    assert app.screen.get_size() == desktop
    assert scene.layouts[-1] == desktop

    app.run_script([(0, Action(Act.FULLSCREEN))], max_frames=1)
    assert not pygame.display.is_fullscreen()
    back = window_size((1280, 720), desktop)  # as big as it was, or as the screen leaves room for
    assert scene.layouts[-1] == back == app.screen.get_size()


def test_a_scene_can_request_fullscreen_for_the_next_frame(screen: pygame.Surface) -> None:
    scene = Tiny(reactions={Act.CONFIRM: lambda s, _: s.stack.request(Act.FULLSCREEN)})
    app = make_app(screen, scene)
    app.run_script([(0, Action(Act.CONFIRM))], max_frames=1)
    assert not pygame.display.is_fullscreen()
    assert not app.idle
    app.run_script([], max_frames=1)
    assert pygame.display.is_fullscreen()
    assert scene.layouts[-1] == pygame.display.get_desktop_sizes()[0]


def test_quit_goes_to_the_top_scene_which_may_refuse_it(screen: pygame.Surface) -> None:
    kiosk = Tiny(reactions={Act.QUIT: lambda s, a: None})
    app = make_app(screen, kiosk)
    assert app.run_script([(3, Action(Act.QUIT))], max_frames=10) == 10
    assert Action(Act.QUIT) in kiosk.seen
    assert not app.stack.empty


def test_quit_by_default_empties_the_stack_and_stops_the_app(screen: pygame.Surface) -> None:
    game = Tiny()
    app = make_app(screen, game)
    assert app.run_script([(3, Action(Act.QUIT))], max_frames=10) == 4
    assert game.seen == [Action(Act.QUIT)]
    assert app.stack.empty
    assert app.step([]) is False


def test_run_script_rejects_actions_it_would_never_play(screen: pygame.Surface) -> None:
    app = make_app(screen, Tiny())
    with pytest.raises(ValueError, match="outside"):
        app.run_script([(10, Action(Act.CONFIRM))], max_frames=10)


class FakeWait:
    """Stands in for app.wait_for_events: records each wait and answers with a window close."""

    def __init__(self, app_frames: Callable[[], int]) -> None:
        self.app_frames = app_frames
        self.calls: list[tuple[int, int]] = []

    def __call__(self, timeout: int, poll: int) -> list[pygame.event.Event]:
        self.calls.append((timeout, poll, self.app_frames()))
        return [pygame.event.Event(pygame.QUIT)]


class GivesUp(Tiny):
    """Ends the game after 100 updates, so a loop that never waits fails instead of spinning."""

    def update(self, dt: float) -> bool:
        if self.updates == 100:
            self.stack.clear()
        return super().update(dt)


def test_run_blocks_on_events_only_once_idle(screen: pygame.Surface, monkeypatch: pytest.MonkeyPatch) -> None:
    app = make_app(screen, GivesUp(animate_for=5))
    wait = FakeWait(lambda: app.frames)
    monkeypatch.setattr(app_module, "wait_for_events", wait)

    app.run(idle_wait_ms=200)

    # Frames 1-5 animate, frame 6 is the first to draw nothing: only then does run() wait, looking once a frame.
    assert wait.calls == [(200, 16, 6)]
    assert app.stack.empty


def test_waiting_for_events_returns_the_first_that_arrive_or_none(screen: pygame.Surface) -> None:
    assert wait_for_events(30, 10) == []
    pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=pygame.K_1, mod=0, unicode="1", scancode=0))
    assert [event.type for event in wait_for_events(1000, 10)] == [pygame.KEYDOWN]


def test_run_turns_real_events_into_actions(screen: pygame.Surface) -> None:
    scene = Tiny()
    app = make_app(screen, scene)
    pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=pygame.K_3, mod=0, unicode="3", scancode=0))
    pygame.event.post(pygame.event.Event(pygame.QUIT))
    app.run()
    assert scene.seen == [Action(Act.CHOOSE, index=2), Action(Act.QUIT)]


def test_open_window(pygame_session: None) -> None:
    windowed = open_window((800, 600), fullscreen=False, title="Byline test")
    assert windowed.get_size() == (800, 600)
    assert not pygame.display.is_fullscreen()
    assert pygame.display.get_caption()[0] == "Byline test"
    full = open_window((800, 600), fullscreen=True, title="Byline test")
    assert pygame.display.is_fullscreen()
    assert full.get_size() == pygame.display.get_desktop_sizes()[0]


def test_the_window_cannot_be_dragged_smaller_than_the_screens_are_laid_out_for(pygame_session: None) -> None:
    """Dragged to 400x300, the feedback's evidence box had no room for a line and the stamp covered Rosa's words."""
    app = make_app(open_window((1280, 720), fullscreen=False, title="Byline test"), Tiny())
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        window = pygame.Window.from_display_module()
    window.size = (400, 300)  # the player drags the window's corner
    assert window.size == SMALLEST_WINDOW == pygame.display.get_surface().get_size()
    app.run_script([(0, Action(Act.FULLSCREEN)), (1, Action(Act.FULLSCREEN))], max_frames=2)
    assert not pygame.display.is_fullscreen()
    window.size = (500, 400)  # and again, after fullscreen and back
    assert window.size == SMALLEST_WINDOW == pygame.display.get_surface().get_size()


def test_fake_clock_advances_by_its_step_without_sleeping() -> None:
    clock = FakeClock(step=0.25)
    assert clock.now() == 0.0
    assert [clock.tick(60) for _ in range(3)] == [0.25, 0.25, 0.25]
    assert clock.now() == 0.75


def test_real_clock_measures_elapsed_time(pygame_session: None) -> None:
    clock = RealClock()
    before = clock.now()
    elapsed = clock.tick(0)  # 0 fps: no frame cap, so no sleep
    assert elapsed >= 0.0
    assert clock.now() >= before
