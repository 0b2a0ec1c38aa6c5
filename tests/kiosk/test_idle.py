from game.kiosk.idle import IdleTimer, Phase


def test_active_then_asking_then_expired_and_a_touch_starts_again() -> None:
    timer = IdleTimer(idle_seconds=90, ask_seconds=15, last=100.0)
    assert timer.phase(189.9) is Phase.ACTIVE
    assert timer.phase(190.0) is Phase.ASKING and timer.left(190.0) == 15
    assert timer.phase(205.0) is Phase.EXPIRED and timer.left(300.0) == 0
    timer.touch(204.0)
    assert timer.phase(205.0) is Phase.ACTIVE
