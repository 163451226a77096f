briefingSearchData("c/a17a868bdb",{"the":"h:0;7:e;3:3;2:1,1;1:4,2,1,4,1"});
