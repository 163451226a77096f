briefingSearchData("d/b90f147ada",{"f":[],"t":[["own",1,"2:d"]]});
