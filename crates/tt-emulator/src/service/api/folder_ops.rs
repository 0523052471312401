//! Folders and folder items.

use super::*;
use testtrack::types::*;

pub(super) fn get_folder_type_by_name(cx: &mut CallContext<'_>, q: GetFolderTypeByName) -> Result<CFolderType, Fault> {
    cx.proj()
        .folder_types
        .iter()
        .find(|t| or_empty(&t.name).eq_ignore_ascii_case(q.name.trim()))
        .cloned()
        .ok_or_else(faults::not_found)
}

pub(super) fn edit_folder_by_record_id(cx: &mut CallContext<'_>, q: EditFolderByRecordID) -> Result<CFolder, Fault> {
    folders::folder_by_id(cx, q.record_id, q.public_folder)?;
    edit::<Folders>(cx, &Key::Id(q.record_id), true)
}

pub(super) fn get_folder_by_record_id(cx: &mut CallContext<'_>, q: GetFolderByRecordID) -> Result<CFolder, Fault> {
    folders::folder_by_id(cx, q.record_id, q.public_folder)?;
    get::<Folders>(cx, &Key::Id(q.record_id), true)
}

pub(super) fn delete_folder_by_record_id(cx: &mut CallContext<'_>, q: DeleteFolderByRecordID) -> Result<i32, Fault> {
    folders::folder_by_id(cx, q.record_id, q.public_folder)?;
    delete::<Folders>(cx, &Key::Id(q.record_id))
}

pub(super) fn add_entity_to_folder_by_record_id(
    cx: &mut CallContext<'_>,
    q: AddEntityToFolderByRecordID,
) -> Result<AddEntityToFolderByRecordIDResponse, Fault> {
    let id = folders::add_item(cx, q.record_id, q.public_folder, q.entity_record_id, &q.entity_table_name)?;
    Ok(AddEntityToFolderByRecordIDResponse { item_record_id: i32::try_from(id).unwrap_or(i32::MAX) })
}

pub(super) fn get_entity_list_for_folder_by_record_id(
    cx: &mut CallContext<'_>,
    q: GetEntityListForFolderByRecordID,
) -> Result<Vec<CFolderItem>, Fault> {
    folders::folder_by_id(cx, q.record_id, q.public_folder)?;
    Ok(folders::items(cx, q.record_id))
}

pub(super) fn get_folder_list_for_entity_by_record_id(
    cx: &mut CallContext<'_>,
    q: GetFolderListForEntityByRecordID,
) -> Result<Vec<CFolder>, Fault> {
    let t = cx.table(&q.tablename)?;
    cx.proj().describe(t, q.record_id).ok_or_else(faults::not_found)?;
    Ok(folders::folders_of(cx, t, q.record_id))
}

pub(super) fn get_root_public_folder_path(
    cx: &mut CallContext<'_>,
    _q: GetRootPublicFolderPath,
) -> Result<GetRootPublicFolderPathResponse, Fault> {
    let root = cx.proj().folders.get(cx.proj().public_root).and_then(|f| f.path.clone()).unwrap_or_default();
    Ok(GetRootPublicFolderPathResponse { str_public_path: root })
}

pub(super) fn get_root_private_folder_path(
    cx: &mut CallContext<'_>,
    _q: GetRootPrivateFolderPath,
) -> Result<GetRootPrivateFolderPathResponse, Fault> {
    let root = cx.proj().folders.get(cx.proj().private_root).and_then(|f| f.path.clone()).unwrap_or_default();
    Ok(GetRootPrivateFolderPathResponse { str_private_path: root })
}

pub(super) fn edit_folder_item_rank(
    cx: &mut CallContext<'_>,
    q: EditFolderItemRank,
) -> Result<Vec<CFolderItem>, Fault> {
    folders::folder_by_id(cx, q.record_id, q.public_folder)?;
    cx.world.locks.acquire(Table::Folder, q.record_id, cx.cookie, cx.now_ms).map_err(|_| faults::record_locked())?;
    Ok(folders::items(cx, q.record_id))
}

pub(super) fn save_folder_item_rank(
    cx: &mut CallContext<'_>,
    q: SaveFolderItemRank,
) -> Result<SaveFolderItemRankResponse, Fault> {
    cx.world
        .locks
        .check_owner(Table::Folder, q.record_id, cx.cookie, cx.now_ms)
        .map_err(|_| faults::edit_record_not_found())?;
    folders::folder_by_id(cx, q.record_id, q.public_folder)?;
    folders::save_ranks(cx, q.record_id, &q.folder_item_list)?;
    let _ = cx.world.locks.release(Table::Folder, q.record_id, cx.cookie, cx.now_ms);
    Ok(SaveFolderItemRankResponse { result: 0 })
}

pub(super) fn get_folder_tree_by_record_id(
    cx: &mut CallContext<'_>,
    q: GetFolderTreeByRecordID,
) -> Result<AnyCTreeNodeSoap, Fault> {
    cx.proj().folders.get(q.tree_root_folder_id).ok_or_else(faults::not_found)?;
    Ok(folders::tree(cx, q.tree_root_folder_id))
}

pub(super) fn get_folder_tree(cx: &mut CallContext<'_>, q: GetFolderTree) -> Result<AnyCTreeNodeSoap, Fault> {
    let id = find::<Folders>(cx, &Key::Text(q.tree_root_folder_path.clone()))?;
    Ok(folders::tree(cx, id))
}
