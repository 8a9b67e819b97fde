/**
 * The words pseudonyms are made of: a colour or quality and an animal, as Kialo Edu names its
 * anonymous participants. Neutral words only — a pseudonym must not read as a judgement of its
 * bearer. 48 × 48 = 2,304 names before a number is added.
 */
export const PSEUDONYM_ADJECTIVES = [
  'Amber', 'Azure', 'Bright', 'Calm', 'Cedar', 'Coral', 'Crimson', 'Dawn',
  'Dusk', 'Ember', 'Fern', 'Frost', 'Golden', 'Granite', 'Hazel', 'Indigo',
  'Ivory', 'Jade', 'Juniper', 'Linen', 'Lunar', 'Maple', 'Meadow', 'Misty',
  'Moss', 'Ochre', 'Olive', 'Opal', 'Pearl', 'Pine', 'Quiet', 'Rain',
  'River', 'Russet', 'Saffron', 'Sage', 'Scarlet', 'Silver', 'Slate', 'Snow',
  'Solar', 'Stone', 'Summer', 'Teal', 'Tidal', 'Umber', 'Willow', 'Winter',
] as const;

export const PSEUDONYM_ANIMALS = [
  'Albatross', 'Badger', 'Beaver', 'Bison', 'Crane', 'Curlew', 'Dolphin', 'Egret',
  'Falcon', 'Finch', 'Fox', 'Gazelle', 'Gecko', 'Hare', 'Hedgehog', 'Heron',
  'Ibis', 'Jackdaw', 'Kestrel', 'Kingfisher', 'Koala', 'Lark', 'Lemur', 'Lynx',
  'Magpie', 'Marten', 'Meerkat', 'Moose', 'Newt', 'Ocelot', 'Osprey', 'Otter',
  'Owl', 'Panda', 'Pelican', 'Puffin', 'Quail', 'Raven', 'Robin', 'Salmon',
  'Seal', 'Sparrow', 'Stork', 'Swift', 'Tapir', 'Thrush', 'Walrus', 'Wren',
] as const;
