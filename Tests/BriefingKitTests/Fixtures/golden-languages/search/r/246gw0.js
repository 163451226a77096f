briefingSearchData("r/246gw0",[{"k":"term","u":"glossary/state-media/","t":"state media","x":"Media owned by a state.\nOutlets a government owns."}]);
