briefingSearchData("d/42f1a5b4ff",{"f":[],"t":[["media",2,"h:d;1:f"]]});
