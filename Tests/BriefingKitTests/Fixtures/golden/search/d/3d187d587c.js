briefingSearchData("d/3d187d587c",{"f":[],"t":[["treaty",5,"n:0,e;6:7;1:2,a"],["troop",5,"8:f;5:6;2:2;1:3,1"]]});
