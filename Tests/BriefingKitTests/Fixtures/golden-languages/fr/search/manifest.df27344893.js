briefingSearchData("manifest",{"v":2,"b":8,"rv":"557726d394","d":["000","d/7819e98146","security","d/850b5bfddc"]});
