briefingSearchData("d/09f4a9dcdf",{"f":[],"t":[["writer",1,"6:f"]]});
