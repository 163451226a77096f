briefingSearchData("d/49bdd717f5",{"f":[],"t":[["region",1,"1:4"],["report",2,"8:g;1:2"],["reporter",1,"6:f"],["repost",1,"1:f"]]});
