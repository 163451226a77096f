briefingSearchData("c/73d79669fb",{"the":"h:0;7:g;3:3;2:1,1;1:4,2,1,4,1"});
