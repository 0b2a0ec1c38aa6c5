"""The scene stack on its own: queued ops, hook order, who is visible, who gets input."""

import pygame
import pytest

from game.ui.actions import Act, Action
from game.ui.scene import Scene, SceneStack


class Probe(Scene):
    """Records every hook call into a shared log."""

    def __init__(self, name: str, log: list[str], opaque: bool = True, animating: bool = False) -> None:
        self.name, self.log, self.opaque, self.animating = name, log, opaque, animating

    def enter(self) -> None:
        self.log.append(f"{self.name}.enter")

    def exit(self) -> None:
        self.log.append(f"{self.name}.exit")

    def layout(self, size: tuple[int, int]) -> None:
        self.log.append(f"{self.name}.layout{size}")

    def handle(self, action: Action) -> None:
        self.log.append(f"{self.name}.handle {action.kind.name}")
        super().handle(action)

    def update(self, dt: float) -> bool:
        self.log.append(f"{self.name}.update")
        return self.animating

    def draw(self, surface: pygame.Surface) -> None:
        self.log.append(f"{self.name}.draw")


@pytest.fixture
def log() -> list[str]:
    return []


def stack_of(*scenes: Scene) -> SceneStack:
    stack = SceneStack((1280, 720))
    for scene in scenes:
        stack.push(scene)
    stack.apply()
    return stack


def test_ops_wait_for_apply(log: list[str]) -> None:
    a, b = Probe("a", log), Probe("b", log)
    stack = stack_of(a)
    stack.push(b)
    assert stack.top is a and stack.pending
    assert stack.apply() is True
    assert stack.top is b and stack.scenes == (a, b) and len(stack) == 2 and not stack.pending
    assert stack.apply() is False


def test_push_enters_then_lays_out_and_gives_the_scene_its_stack(log: list[str]) -> None:
    a = Probe("a", log)
    stack = stack_of(a)
    assert log == ["a.enter", "a.layout(1280, 720)"]
    assert a.stack is stack


def test_replace_exits_the_old_before_entering_the_new(log: list[str]) -> None:
    stack = stack_of(Probe("a", log), Probe("b", log))
    log.clear()
    stack.replace(Probe("c", log))
    stack.apply()
    assert log == ["b.exit", "c.enter", "c.layout(1280, 720)"]
    assert [s.name for s in stack.scenes] == ["a", "c"]


def test_clear_to_exits_top_down_then_pushes(log: list[str]) -> None:
    stack = stack_of(Probe("a", log), Probe("b", log))
    log.clear()
    stack.clear_to(Probe("title", log))
    stack.apply()
    assert log == ["b.exit", "a.exit", "title.enter", "title.layout(1280, 720)"]
    assert len(stack) == 1


def test_popping_the_last_scene_empties_the_stack(log: list[str]) -> None:
    stack = stack_of(Probe("a", log))
    stack.pop()
    stack.apply()
    assert stack.empty and stack.top is None


def test_pop_from_empty_stack_is_a_loud_error() -> None:
    stack = SceneStack((1280, 720))
    stack.pop()
    with pytest.raises(IndexError):
        stack.apply()


def test_ops_queued_while_applying_are_applied_too(log: list[str]) -> None:
    class Splash(Probe):
        def enter(self) -> None:
            super().enter()
            self.stack.replace(Probe("title", self.log))

    stack = stack_of(Splash("splash", log))
    assert [s.name for s in stack.scenes] == ["title"]


def test_input_reaches_the_top_scene_only(log: list[str]) -> None:
    stack = stack_of(Probe("a", log), Probe("b", log, opaque=False))
    log.clear()
    stack.handle(Action(Act.CONFIRM))
    assert log == ["b.handle CONFIRM"]


def test_default_quit_clears_the_stack(log: list[str]) -> None:
    stack = stack_of(Probe("a", log), Probe("b", log))
    stack.handle(Action(Act.QUIT))
    stack.apply()
    assert stack.empty


def test_visible_scenes_start_at_the_topmost_opaque_one(log: list[str]) -> None:
    a, b = Probe("a", log), Probe("b", log)
    c, d = Probe("c", log, opaque=False), Probe("d", log, opaque=False)
    stack = stack_of(a, b, c, d)
    assert stack.visible == (b, c, d)
    log.clear()
    stack.draw(pygame.Surface((4, 4)))
    assert log == ["b.draw", "c.draw", "d.draw"]


def test_only_visible_scenes_update_and_any_animating_counts(log: list[str]) -> None:
    stack = stack_of(Probe("covered", log, animating=True), Probe("q", log), Probe("fb", log, opaque=False))
    log.clear()
    assert stack.update(0.1) is False
    assert log == ["q.update", "fb.update"]
    stack.push(Probe("anim", log, opaque=False, animating=True))
    stack.apply()
    assert stack.update(0.1) is True


def test_resize_relays_out_every_scene_even_covered_ones(log: list[str]) -> None:
    stack = stack_of(Probe("a", log), Probe("b", log))
    log.clear()
    stack.resize((800, 600))
    assert log == ["a.layout(800, 600)", "b.layout(800, 600)"]
    assert stack.size == (800, 600)


def test_redraw_requests_are_taken_once(log: list[str]) -> None:
    a = Probe("a", log)
    stack = stack_of(a)
    assert stack.take_redraw_requests() is False
    a.request_redraw()
    assert stack.take_redraw_requests() is True
    assert stack.take_redraw_requests() is False


def test_requests_are_collected_for_the_app(log: list[str]) -> None:
    stack = stack_of(Probe("settings", log))
    stack.request(Act.FULLSCREEN)
    assert stack.take_requests() == [Action(Act.FULLSCREEN)]
    assert stack.take_requests() == []


class StillProbe(Probe):
    """Draws through the stack's kept still part, logging each time it really paints."""

    def draw(self, surface: pygame.Surface) -> None:
        self.stack.draw_still(self, surface, lambda _: self.log.append(f"{self.name}.paint"))


def test_the_scenes_beneath_an_overlay_are_copied_back_until_an_action_may_have_changed_them(log: list[str]) -> None:
    stack = stack_of(Probe("question", log), Probe("feedback", log, opaque=False))
    surface = pygame.Surface((8, 8))
    stack.draw(surface)
    log.clear()
    stack.draw(surface)
    assert log == ["feedback.draw"]
    stack.handle(Action(Act.POINT, pos=(1, 1)))  # a pointer's move reaches the overlay's hover only
    log.clear()
    stack.draw(surface)
    assert log == ["feedback.draw"]
    stack.handle(Action(Act.CONFIRM))  # a press may call back into the question
    log.clear()
    stack.draw(surface)
    assert log == ["question.draw", "feedback.draw"]


def test_a_still_part_is_painted_once_then_copied_until_something_may_have_changed(log: list[str]) -> None:
    scene = StillProbe("page", log)
    stack = stack_of(scene)
    surface = pygame.Surface((8, 8))
    for _ in range(3):
        stack.draw(surface)
    assert log.count("page.paint") == 1
    for change in (lambda: stack.handle(Action(Act.POINT, pos=(1, 1))), lambda: stack.resize((8, 8))):
        change()
        stack.draw(surface)
        stack.draw(surface)
    assert log.count("page.paint") == 3


class BeneathProbe(Probe):
    """An overlay that paints the scenes beneath it itself (as the feedback does through its kept copy)."""

    paints_beneath = True

    def draw(self, surface: pygame.Surface) -> None:
        self.stack.draw_beneath(self, surface)
        super().draw(surface)


def test_an_overlay_over_one_that_paints_beneath_draws_each_scene_once(log: list[str]) -> None:
    stack = stack_of(Probe("question", log), BeneathProbe("feedback", log, opaque=False))
    stack.push(Probe("still-there", log, opaque=False))
    stack.apply()
    log.clear()
    stack.draw(pygame.Surface((8, 8)))
    assert log == ["question.draw", "feedback.draw", "still-there.draw"]


class PageProbe(Probe):
    """A screen whose still part is grey, painted through the stack's kept copy."""

    def draw(self, surface: pygame.Surface) -> None:
        def paint(target: pygame.Surface) -> None:
            self.log.append(f"{self.name}.paint")
            target.fill((200, 200, 200))

        self.stack.draw_still(self, surface, paint)


class ShadeProbe(Probe):
    """An overlay like the feedback: paints the screen beneath, halves it (a shade), keeps all that as its still part;
    on SCROLL it says only its box changed, as a scrolling box does."""

    paints_beneath = True
    box = pygame.Rect(2, 2, 2, 2)

    def handle(self, action: Action) -> None:
        if action.kind is Act.SCROLL:
            self.stack.repaint(self.box)
        else:
            super().handle(action)

    def draw(self, surface: pygame.Surface) -> None:
        def paint(target: pygame.Surface) -> None:
            self.stack.draw_beneath(self, target, keep=False)
            target.fill((128, 128, 128), special_flags=pygame.BLEND_MULT)

        self.stack.draw_still(self, surface, paint)


def test_an_overlay_that_shades_the_screen_beneath_shades_it_once_whatever_changed(log: list[str]) -> None:
    """The screen beneath and the overlay's still part share the stack's one kept copy: a box scrolled, a pointer's
    move, frames with nothing changed, all show the screen beneath shaded once, never a shaded copy shaded again."""
    stack = stack_of(PageProbe("question", log), ShadeProbe("feedback", log, opaque=False))
    surface = pygame.Surface((8, 8))
    shaded = pygame.Color(100, 100, 100)
    for change in (None, Action(Act.SCROLL, amount=1), None, Action(Act.POINT, pos=(1, 1)), None, None):
        if change is not None:
            stack.handle(change)
        stack.draw(surface)
        assert surface.get_at((0, 0)) == surface.get_at((3, 3)) == shaded, change
    assert log.count("question.paint") == 3  # first, under the scrolled box, after the pointer's move
