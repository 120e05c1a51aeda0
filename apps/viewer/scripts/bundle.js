// TEMPORARY skeleton: replaced by the viewer work (issue 7).
