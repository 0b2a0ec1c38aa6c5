"""Class results beyond one machine: xAPI statements queued with each local result and sent to a school's LRS.

`statements` makes the statements (pure), `outbox` keeps them in the results
database until delivered, `sender` posts them off the frame loop, `settings` is
the school's configuration (off unless set), `answers` reads them back for the
report. Nothing here is used, and nothing goes over the network, until a
teacher runs `byline lrs set`.
"""
