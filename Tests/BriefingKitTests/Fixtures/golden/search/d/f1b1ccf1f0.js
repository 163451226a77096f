briefingSearchData("d/f1b1ccf1f0",{"f":[],"t":[["money",2,"5:8;1:3"],["moscow",3,"6:c;1:2,1"],["mostly",2,"5:8;1:3"],["motive",2,"5:8;1:3"]]});
