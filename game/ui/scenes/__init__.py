"""The screens of the game, one module each; `base.GameScene` holds what they share."""
