briefingSearchData("manifest",{"v":3,"b":6,"rv":"fe7aa7f1ab","d":["000","d/5b047964bd","one","d/0a2aecee06"]});
