briefingSearchData("d/c41550c43f",{"f":[],"t":[["about",4,"5:6,2;1:2,1"]]});
