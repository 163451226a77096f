briefingSearchData("d/2bdaec5f60",{"f":[],"t":[["analyst",1,"6:2"],["and",6,"2:3;1:1,4,1,6,2"],["ann",1,"6:2"],["annual",1,"8:g"]]});
