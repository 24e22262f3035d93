"""Danish for the review status and flag shown apart (issue 11: kkr_desk/ui/tree_model.py's
tags column, kkr_desk/ui/item_panel.py's flag button)."""

DA = {
    # the document tree's header
    ("DocumentTreeModel", "Tags"): "Mærker",
    # the item panel
    ("ItemPanel", "Flag for follow-up"): "Markér til opfølgning",
    ("follow", "flag"): "markering",
    ("ItemPanel", "(shown under Decision above)"): "(vist under Beslutning ovenfor)",
}
