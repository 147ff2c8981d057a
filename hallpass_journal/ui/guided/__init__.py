"""The guided-entry form: one generic form that renders any template.

:class:`~hallpass_journal.ui.guided.form.GuidedForm` is the form;
:mod:`~hallpass_journal.ui.guided.controls` and :mod:`~hallpass_journal.ui.guided.check_item`
hold a control per prompt type, :mod:`~hallpass_journal.ui.guided.parts` the blocks and
sections a form is made of.
"""
